import { redirect } from "next/navigation";

/** An assessment opens at its first step; the step navigation shows the progress of all steps. */
export default async function AssessmentPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  redirect(`/m/${slug}/assessments/${id}/goals`);
}
