import { ClientMessages } from "@/components/app-shell/client-messages";

export default function AssessmentReviewLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["assessments.wizard", "reviews"]}>{children}</ClientMessages>;
}
