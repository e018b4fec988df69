import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { SiteHeader } from "@/components/app-shell/site-header";
import { getSessionUser } from "@/lib/auth/session";

/** A full page with the site header for messages such as "not found" and "no access". */
export async function MessagePage({ title, text, homeLabel }: { title: string; text: string; homeLabel: string }) {
  const user = await getSessionUser();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" tabIndex={-1} className="afk-main afk-container">
        <Heading1>{title}</Heading1>
        <Paragraph>{text}</Paragraph>
        <Paragraph>
          <Link href="/">{homeLabel}</Link>
        </Paragraph>
      </main>
    </>
  );
}
