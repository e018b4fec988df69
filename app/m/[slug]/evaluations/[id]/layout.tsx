import { ClientMessages } from "@/components/app-shell/client-messages";

export default function EvaluationLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["evaluations"]}>{children}</ClientMessages>;
}
