export interface Contact {
  id: string;
  name: string;
  company?: string;
  /** E.164, normalised by the server. */
  phones: string[];
  /** V12: calls from this contact go to this user first. */
  responsibleUserId?: string;
}
