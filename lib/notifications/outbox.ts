/** The path of an invitation link, token included (tokens are base64url). */
const invitationLinkPath = /\/invite\/[A-Za-z0-9_-]+/g;

/**
 * A message as administrators may read it in the outbox once mail is delivered: invitation links
 * keep their place but lose their token, so only the recipient's mailbox holds a usable link.
 */
export function hideInvitationLinks(body: string): string {
  return body.replace(invitationLinkPath, "/invite/…");
}
