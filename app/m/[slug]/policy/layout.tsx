import { ClientMessages } from "@/components/app-shell/client-messages";

export default function PolicyLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["assessments.statuses", "policy.actions", "policy.adopt", "policy.draft", "policy.import", "policy.openItems", "policy.unpublish", "reviews"]}>{children}</ClientMessages>;
}
