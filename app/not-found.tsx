import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/app-shell/message-page";

export default async function NotFound() {
  const t = await getTranslations("common.errors");
  return <MessagePage title={t("notFoundTitle")} text={t("notFoundText")} homeLabel={t("toHome")} />;
}
