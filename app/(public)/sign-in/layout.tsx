import { ClientMessages } from "@/components/app-shell/client-messages";

export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["auth"]}>{children}</ClientMessages>;
}
