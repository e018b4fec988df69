import { ClientMessages } from "@/components/app-shell/client-messages";

export default function NewAssessmentLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["assessments"]}>{children}</ClientMessages>;
}
