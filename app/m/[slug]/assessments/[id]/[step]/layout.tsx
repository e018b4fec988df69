import { ClientMessages } from "@/components/app-shell/client-messages";

export default function AssessmentStepLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["assessments.answer", "assessments.nextYear", "assessments.risk", "assessments.wizard", "reviews.comments", "reviews.refusals"]}>{children}</ClientMessages>;
}
