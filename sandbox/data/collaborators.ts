/**
 * The co-workers of the fictional EXPLORE customer: they flag records and receive alerts.
 * INVENTED (the `.example` domain is reserved, so no real mailbox is ever named).
 */
export const COLLABORATOR_EMAILS: readonly string[] = [
	'claire.martin@acme-btp.example',
	'julien.bernard@acme-btp.example',
	'sophie.dubois@acme-btp.example',
	'thomas.petit@acme-btp.example',
	'camille.moreau@acme-btp.example',
	'nicolas.lefebvre@acme-btp.example',
];

/** Indexes of the collaborators named in an `Emails` filter, or null for "no filter". */
export function collaboratorIndexes(emails: readonly string[] | null): ReadonlySet<number> | null {
	if (emails === null) return null;
	const wanted = new Set(emails.map((email) => email.toLowerCase()));
	const indexes = new Set<number>();
	COLLABORATOR_EMAILS.forEach((email, index) => {
		if (wanted.has(email.toLowerCase())) indexes.add(index);
	});
	return indexes;
}
