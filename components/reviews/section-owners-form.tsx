"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveSectionOwnersAction } from "@/lib/reviews/actions";
import { sectionOwnersInput, type SectionOwnersInput } from "@/lib/reviews/schema";
import { ownerRoles, type OwnerRole } from "@/lib/frameworks/schema";
import { sections, type Section } from "@/lib/reviews/sections";
import { FormSuccess } from "@/components/forms/form-success";
import { TableRegion } from "@/components/tables/table-region";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Group = { id: string; title: string; items: { ref: string; label: string; owner: string; section: Section }[] };

/** The municipality's division of assessments into review sections: who reviews which section, and where each question goes. */
export function SectionOwnersForm({
  municipalitySlug,
  reviewers,
  groups,
}: {
  municipalitySlug: string;
  reviewers: Record<Section, OwnerRole>;
  groups: Group[];
}) {
  const t = useTranslations("reviews.sectionOwners");
  const tSections = useTranslations("reviews.sections");
  const tRoles = useTranslations("common.roles");
  const router = useRouter();
  const flat = groups.flatMap((group) => group.items);
  const form = useForm<SectionOwnersInput>({
    resolver: zodResolver(sectionOwnersInput),
    defaultValues: { municipalitySlug, reviewers, items: flat.map((item) => ({ ref: item.ref, section: item.section })) },
  });
  const { submit, formError } = useActionForm(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if ((await submit(saveSectionOwnersAction, values)).ok) {
      setSaved(true);
      router.refresh();
    }
  });

  let index = -1;
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <Heading2>{t("reviewersTitle")}</Heading2>
      <Paragraph>{t("reviewersIntro")}</Paragraph>
      {sections.map((section) => (
        <div key={section} className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`reviewer-${section}`}>
            {t("reviewerOf", { section: tSections(`${section}.title`) })}
          </label>
          <select id={`reviewer-${section}`} className="utrecht-select utrecht-select--html-select" {...form.register(`reviewers.${section}`)}>
            {ownerRoles.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Heading2>{t("itemsTitle")}</Heading2>
      <Paragraph>{t("itemsIntro")}</Paragraph>
      {groups.map((group) => (
        <TableRegion key={group.id} label={group.title}>
          <Table>
            <TableCaption>{group.title}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("question")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("declaredOwner")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("section")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {group.items.map((item) => {
                index++;
                const fieldId = `item-section-${index}`;
                return (
                  <TableRow key={item.ref}>
                    <TableHeaderCell scope="row">{item.label}</TableHeaderCell>
                    <TableCell>{tRoles(item.owner as "advisor")}</TableCell>
                    <TableCell>
                      <input type="hidden" {...form.register(`items.${index}.ref`)} />
                      <label className="afk-visually-hidden" htmlFor={fieldId}>
                        {t("sectionFor", { question: item.label })}
                      </label>
                      <select id={fieldId} className="utrecht-select utrecht-select--html-select" {...form.register(`items.${index}.section`)}>
                        {sections.map((section) => (
                          <option key={section} value={section}>
                            {tSections(`${section}.title`)}
                          </option>
                        ))}
                      </select>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableRegion>
      ))}
      <Paragraph>
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("save")}
        </SubmitButton>
      </Paragraph>
      <FormSuccess message={saved ? t("saved") : null} />
    </ActionForm>
  );
}
