import { SiteHeader } from "@/components/app-shell/site-header";
import { MainNav } from "@/components/app-shell/main-nav";
import { requireMunicipality } from "@/lib/auth/session";

export default async function MunicipalityLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, municipality, roles } = await requireMunicipality(slug);
  return (
    <div className="afk-branded" style={{ "--afk-brand": municipality.primaryColor } as React.CSSProperties}>
      <SiteHeader user={user} municipality={municipality}>
        <MainNav slug={municipality.slug} roles={roles} />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="afk-main afk-container">
        {children}
      </main>
    </div>
  );
}
