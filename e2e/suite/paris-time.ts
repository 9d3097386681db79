// EXPLORE takes and gives dates as Paris wall-clock time without a zone.

const PARIS = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Paris',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
});

/** `2026-11-14T08:41:13`: what DateDebut / DateFin carry in Date and Time format. */
export function parisDateTime(instant: Date): string {
	return PARIS.format(instant).replace(' ', 'T');
}

/** `2026-11-14`: what DateDebut / DateFin carry in Date Only format. */
export function parisDate(instant: Date): string {
	return parisDateTime(instant).slice(0, 10);
}
