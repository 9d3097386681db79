/** Building-trade activities (NAF rév. 2) with the word a company of that trade puts in its name. */
export interface TradeActivity {
	naf: string;
	label: string;
	nameWord: string;
	weight: number;
}

export const TRADE_ACTIVITIES: readonly TradeActivity[] = [
	{ naf: '4120A', label: 'Construction de maisons individuelles', nameWord: 'MAISONS', weight: 4 },
	{ naf: '4120B', label: "Construction d'autres bâtiments", nameWord: 'CONSTRUCTION', weight: 6 },
	{ naf: '4211Z', label: 'Construction de routes et autoroutes', nameWord: 'TP', weight: 3 },
	{ naf: '4221Z', label: 'Construction de réseaux pour fluides', nameWord: 'RESEAUX', weight: 2 },
	{ naf: '4311Z', label: 'Travaux de démolition', nameWord: 'DEMOLITION', weight: 1 },
	{
		naf: '4312A',
		label: 'Travaux de terrassement courants et travaux préparatoires',
		nameWord: 'TERRASSEMENT',
		weight: 4,
	},
	{
		naf: '4321A',
		label: "Travaux d'installation électrique dans tous locaux",
		nameWord: 'ELECTRICITE',
		weight: 8,
	},
	{
		naf: '4322A',
		label: "Travaux d'installation d'eau et de gaz en tous locaux",
		nameWord: 'PLOMBERIE',
		weight: 6,
	},
	{
		naf: '4322B',
		label: "Travaux d'installation d'équipements thermiques et de climatisation",
		nameWord: 'GENIE CLIMATIQUE',
		weight: 5,
	},
	{ naf: '4329A', label: "Travaux d'isolation", nameWord: 'ISOLATION', weight: 3 },
	{ naf: '4331Z', label: 'Travaux de plâtrerie', nameWord: 'PLATRERIE', weight: 4 },
	{
		naf: '4332A',
		label: 'Travaux de menuiserie bois et PVC',
		nameWord: 'MENUISERIE',
		weight: 5,
	},
	{
		naf: '4332B',
		label: 'Travaux de menuiserie métallique et serrurerie',
		nameWord: 'METALLERIE',
		weight: 3,
	},
	{
		naf: '4333Z',
		label: 'Travaux de revêtement des sols et des murs',
		nameWord: 'CARRELAGE',
		weight: 3,
	},
	{ naf: '4334Z', label: 'Travaux de peinture et vitrerie', nameWord: 'PEINTURE', weight: 5 },
	{ naf: '4391A', label: 'Travaux de charpente', nameWord: 'CHARPENTE', weight: 3 },
	{ naf: '4391B', label: 'Travaux de couverture par éléments', nameWord: 'COUVERTURE', weight: 4 },
	{
		naf: '4399C',
		label: 'Travaux de maçonnerie générale et gros œuvre de bâtiment',
		nameWord: 'BATIMENT',
		weight: 9,
	},
	{ naf: '7111Z', label: "Activités d'architecture", nameWord: 'ARCHITECTES', weight: 2 },
	{ naf: '7112B', label: 'Ingénierie, études techniques', nameWord: 'INGENIERIE', weight: 2 },
];

/** INSEE legal categories (catégorie juridique, level III) common in the building trade. */
export const LEGAL_FORMS: readonly {
	code: string;
	label: string;
	suffix: string;
	weight: number;
}[] = [
	{ code: '5710', label: 'SAS, société par actions simplifiée', suffix: 'SAS', weight: 40 },
	{
		code: '5499',
		label: 'Société à responsabilité limitée (sans autre indication)',
		suffix: 'SARL',
		weight: 30,
	},
	{ code: '5498', label: 'SARL unipersonnelle', suffix: 'EURL', weight: 10 },
	{
		code: '5720',
		label:
			'Société par actions simplifiée à associé unique ou société par actions simplifiée unipersonnelle',
		suffix: 'SASU',
		weight: 10,
	},
	{ code: '5599', label: "SA à conseil d'administration (s.a.i.)", suffix: 'SA', weight: 5 },
	{ code: '5202', label: 'Société en nom collectif', suffix: 'SNC', weight: 2 },
	{ code: '1000', label: 'Entrepreneur individuel', suffix: '', weight: 3 },
];

/** INSEE workforce bands (tranches d'effectif salarié), with a typical headcount for revenue. */
export const WORKFORCE_BANDS: readonly { label: string; headcount: number; weight: number }[] = [
	{ label: '1 ou 2 salariés', headcount: 2, weight: 12 },
	{ label: '3 à 5 salariés', headcount: 4, weight: 16 },
	{ label: '6 à 9 salariés', headcount: 7, weight: 16 },
	{ label: '10 à 19 salariés', headcount: 14, weight: 20 },
	{ label: '20 à 49 salariés', headcount: 32, weight: 18 },
	{ label: '50 à 99 salariés', headcount: 70, weight: 8 },
	{ label: '100 à 199 salariés', headcount: 140, weight: 5 },
	{ label: '200 à 249 salariés', headcount: 220, weight: 2 },
	{ label: '250 à 499 salariés', headcount: 350, weight: 2 },
	{ label: '500 à 999 salariés', headcount: 700, weight: 1 },
];

export const FAMILY_NAMES: readonly string[] = [
	'MARTIN',
	'BERNARD',
	'DUBOIS',
	'THOMAS',
	'ROBERT',
	'RICHARD',
	'PETIT',
	'DURAND',
	'LEROY',
	'MOREAU',
	'SIMON',
	'LAURENT',
	'LEFEBVRE',
	'MICHEL',
	'GARCIA',
	'DAVID',
	'BERTRAND',
	'ROUX',
	'VINCENT',
	'FOURNIER',
	'MOREL',
	'GIRARD',
	'ANDRE',
	'MERCIER',
	'DUPONT',
	'LAMBERT',
	'BONNET',
	'FRANCOIS',
	'LEGRAND',
	'GUERIN',
	'FAURE',
	'ROUSSEAU',
	'BLANC',
	'CHEVALIER',
];

export const HEAD_OFFICE = 'Siège social';
export const SECONDARY_ESTABLISHMENT = 'Établissement secondaire';
