import { ClientMessages } from "@/components/app-shell/client-messages";

export default function AssessmentLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["assessments", "reviews", "transparency"]}>{children}</ClientMessages>;
}
