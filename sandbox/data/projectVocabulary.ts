import type { SeededRandom } from './seededRandom';

/** A kind of construction project as EXPLORE lists them: theme, sub-theme and a sized title. */
export interface ProjectTemplate {
	theme: string;
	subTheme: string;
	/** Probability that the project is a public market (tender dates, DCE, lots). */
	publicShare: number;
	costPerSquareMetre: [number, number];
	describe(random: SeededRandom, city: string): { title: string; surface: number };
}

const PERSON_NAMES = [
	'Jules Verne',
	'Jean Moulin',
	'Victor Hugo',
	'Louise Michel',
	'Marie Curie',
	'Jacques Prévert',
	'Simone Veil',
	'Paul Éluard',
	'Albert Camus',
	'Olympe de Gouges',
];
const RESIDENCE_NAMES = [
	'Les Tilleuls',
	'Les Glycines',
	'Le Clos Fleuri',
	'Les Hortensias',
	'Bellevue',
];
const DISTRICT_NAMES = [
	'des Prairies',
	'du Bois Joli',
	'de la Gare',
	'des Rives',
	'du Moulin Neuf',
];

const sized = (title: string, surface: number) => ({ title, surface: Math.round(surface) });

export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
	{
		theme: 'Enseignement',
		subTheme: 'Groupe scolaire',
		publicShare: 0.95,
		costPerSquareMetre: [1900, 2600],
		describe: (random) => {
			const classes = random.int(6, 16);
			return sized(`Construction d'un groupe scolaire de ${classes} classes`, classes * 240);
		},
	},
	{
		theme: 'Enseignement',
		subTheme: 'Collège',
		publicShare: 1,
		costPerSquareMetre: [1500, 2400],
		describe: (random) =>
			sized(
				`Extension et restructuration du collège ${random.pick(PERSON_NAMES)}`,
				random.int(1500, 6000),
			),
	},
	{
		theme: 'Enseignement',
		subTheme: 'Lycée',
		publicShare: 1,
		costPerSquareMetre: [700, 1300],
		describe: (random) =>
			sized(
				`Rénovation énergétique du lycée ${random.pick(PERSON_NAMES)}`,
				random.int(4000, 14000),
			),
	},
	{
		theme: 'Logement',
		subTheme: 'Logement social',
		publicShare: 0.8,
		costPerSquareMetre: [600, 1100],
		describe: (random) => {
			const homes = random.int(12, 140);
			return sized(`Réhabilitation de ${homes} logements sociaux`, homes * 64);
		},
	},
	{
		theme: 'Logement',
		subTheme: 'Logement collectif',
		publicShare: 0.1,
		costPerSquareMetre: [1700, 2400],
		describe: (random) => {
			const homes = random.int(18, 90);
			return sized(`Construction d'une résidence de ${homes} logements collectifs`, homes * 62);
		},
	},
	{
		theme: 'Logement',
		subTheme: 'Résidence seniors',
		publicShare: 0.2,
		costPerSquareMetre: [1900, 2600],
		describe: (random) => {
			const homes = random.int(40, 110);
			return sized(`Construction d'une résidence seniors de ${homes} logements`, homes * 55);
		},
	},
	{
		theme: 'Logement',
		subTheme: 'Maisons individuelles',
		publicShare: 0.05,
		costPerSquareMetre: [1400, 1900],
		describe: (random) => {
			const houses = random.int(6, 32);
			return sized(`Construction de ${houses} maisons individuelles groupées`, houses * 95);
		},
	},
	{
		theme: 'Santé',
		subTheme: 'EHPAD',
		publicShare: 0.6,
		costPerSquareMetre: [1800, 2500],
		describe: (random) =>
			sized(
				`Restructuration et extension de l'EHPAD ${random.pick(RESIDENCE_NAMES)}`,
				random.int(2500, 7000),
			),
	},
	{
		theme: 'Santé',
		subTheme: 'Maison de santé',
		publicShare: 0.85,
		costPerSquareMetre: [1800, 2400],
		describe: (random) =>
			sized("Création d'une maison de santé pluriprofessionnelle", random.int(500, 1400)),
	},
	{
		theme: 'Sport et loisirs',
		subTheme: 'Équipement sportif',
		publicShare: 1,
		costPerSquareMetre: [1600, 2300],
		describe: (random) =>
			sized("Construction d'un gymnase et d'une salle de sports", random.int(1200, 3500)),
	},
	{
		theme: 'Sport et loisirs',
		subTheme: 'Piscine',
		publicShare: 1,
		costPerSquareMetre: [2500, 4200],
		describe: (random) =>
			sized('Rénovation et mise aux normes de la piscine municipale', random.int(1500, 4500)),
	},
	{
		theme: 'Industrie et logistique',
		subTheme: 'Entrepôt logistique',
		publicShare: 0.02,
		costPerSquareMetre: [450, 800],
		describe: (random) => {
			const surface = random.int(8, 60) * 1000;
			return sized(`Construction d'une plateforme logistique de ${surface} m²`, surface);
		},
	},
	{
		theme: 'Bureaux et commerces',
		subTheme: 'Bureaux',
		publicShare: 0.15,
		costPerSquareMetre: [1600, 2800],
		describe: (random) => {
			const surface = random.int(12, 120) * 100;
			return sized(`Construction d'un immeuble de bureaux de ${surface} m²`, surface);
		},
	},
	{
		theme: 'Bureaux et commerces',
		subTheme: 'Commerce',
		publicShare: 0.05,
		costPerSquareMetre: [900, 1500],
		describe: (random) => sized("Extension d'une surface commerciale", random.int(800, 6000)),
	},
	{
		theme: 'Voirie et réseaux',
		subTheme: 'Aménagement urbain',
		publicShare: 1,
		costPerSquareMetre: [120, 320],
		describe: (random) =>
			sized(`Aménagement de la ZAC ${random.pick(DISTRICT_NAMES)}`, random.int(20000, 120000)),
	},
	{
		theme: 'Voirie et réseaux',
		subTheme: 'Voirie',
		publicShare: 1,
		costPerSquareMetre: [90, 250],
		describe: (random, city) =>
			sized(`Requalification du centre-bourg de ${city}`, random.int(3000, 25000)),
	},
	{
		theme: 'Culture',
		subTheme: 'Médiathèque',
		publicShare: 1,
		costPerSquareMetre: [2200, 3200],
		describe: (random) => sized("Construction d'une médiathèque", random.int(800, 3000)),
	},
	{
		theme: 'Administration',
		subTheme: 'Mairie',
		publicShare: 1,
		costPerSquareMetre: [1400, 2200],
		describe: (random) => sized("Réhabilitation de l'hôtel de ville", random.int(900, 3500)),
	},
];

/** INVENTED values: the documentation names TYPE_MAJ and STATUT but shows none of their values. */
export const UPDATE_TYPES = ['Nouveau projet', 'Mise à jour', 'Attribution'] as const;
export const FLAG_STATUSES = [
	'A traiter',
	'En cours de qualification',
	'Qualifié',
	'Transmis',
] as const;

export const PUBLIC_OWNERS = ['Commune de', 'Communauté de communes de', 'Métropole de'] as const;
export const PRIVATE_OWNERS = ['SCI', 'Groupe', 'Foncière'] as const;

export const EXTRA_DATA_SAMPLES: readonly { LIBELLE: string; VALEUR: string }[] = [
	{ LIBELLE: 'Priorité', VALEUR: 'Haute' },
	{ LIBELLE: 'Priorité', VALEUR: 'Normale' },
	{ LIBELLE: 'Commentaire', VALEUR: "Relancer le maître d'ouvrage" },
	{ LIBELLE: 'Commentaire', VALEUR: 'Déjà client' },
	{ LIBELLE: 'Source', VALEUR: 'Veille marchés publics' },
];
