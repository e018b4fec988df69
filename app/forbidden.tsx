import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/app-shell/message-page";

export default async function Forbidden() {
  const t = await getTranslations("common.errors");
  return <MessagePage title={t("forbiddenTitle")} text={t("forbiddenText")} homeLabel={t("toHome")} />;
}
