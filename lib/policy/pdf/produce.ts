import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { ATTACHMENT_NAME, policyExportOf, policyFileName } from "@/lib/policy/export-import";
import { policyTranslator } from "@/lib/policy/i18n";
import { cacheKey, cachedPdf } from "@/lib/policy/pdf/cache";
import { renderPolicyPdf } from "@/lib/policy/pdf/render";
import { getPolicyVersionById, policyDocument, type PolicyDocument } from "@/lib/policy/queries";
import { PUBLISHED_CACHE_CONTROL, type PublishedRef } from "@/lib/policy/published";
import { buildPolicyView } from "@/lib/policy/view";

/**
 * The PDF of a version. An adopted version's PDF is rendered once per snapshot hash and then
 * served from the cache; a draft is rendered fresh every time (it changes with the assessments).
 */
export async function policyPdf(document: PolicyDocument, municipalitySlug: string, locale: Locale = "nl") {
  const render = () => renderDocument(document, municipalitySlug, locale);
  const bytes = document.status === "adopted" && document.hash ? await cachedPdf(db, cacheKey(document.hash, locale), render) : await render();
  return { bytes, fileName: policyFileName(municipalitySlug, document.version.year, "pdf", document.status !== "adopted") };
}

/**
 * The PDF of a published version (lib/policy/published.ts found it still published): from the
 * cache without reading the version again.
 */
export async function publishedPdf(published: PublishedRef, municipalitySlug: string, year: number, locale: Locale = "nl") {
  const bytes = await cachedPdf(db, cacheKey(published.hash, locale), async () => {
    const version = await getPolicyVersionById(published.id);
    return renderDocument(policyDocument(version), municipalitySlug, locale);
  });
  return { bytes, fileName: policyFileName(municipalitySlug, year, "pdf", false) };
}

async function renderDocument(document: PolicyDocument, municipalitySlug: string, locale: Locale) {
  const snapshot = await document.snapshot();
  const now = new Date();
  const view = buildPolicyView({ snapshot, status: document.status, hash: document.hash, locale, t: policyTranslator(locale) });
  const envelope = policyExportOf(municipalitySlug, document.version, snapshot, document.hash, now);
  const date = document.version.adoptedAt ?? now;
  return renderPolicyPdf(view, { fileName: ATTACHMENT_NAME, json: JSON.stringify(envelope), description: view.meta.title }, date);
}

/**
 * Response headers for a PDF download. A public copy may be stored but is checked again on every
 * use (a cheap 304 by its ETag): a withdrawn publication is gone at once, also from caches.
 */
export function pdfHeaders(fileName: string, cache: "private" | "public", etag?: string): HeadersInit {
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": cache === "public" ? PUBLISHED_CACHE_CONTROL : "private, no-store",
    "X-Content-Type-Options": "nosniff",
    ...(etag ? { ETag: `"${etag}"` } : {}),
  };
}
