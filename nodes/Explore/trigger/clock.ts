/** The trigger's notion of "now"; tests drive it to replay days of polls in seconds. */
export const triggerClock = {
	now: (): Date => new Date(),
};
