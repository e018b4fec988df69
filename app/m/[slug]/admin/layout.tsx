import { ClientMessages } from "@/components/app-shell/client-messages";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["admin.members", "admin.sso", "channels.peers", "policy.import", "scoring.weights"]}>{children}</ClientMessages>;
}
