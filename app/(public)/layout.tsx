import { SiteHeader } from "@/components/app-shell/site-header";
import { getSessionUser } from "@/lib/auth/session";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" tabIndex={-1} className="afk-main afk-container">
        {children}
      </main>
    </>
  );
}
