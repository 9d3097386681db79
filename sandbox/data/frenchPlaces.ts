/** Real French towns with their post code, INSEE code and department. */
export interface FrenchPlace {
	city: string;
	postCode: string;
	inseeCode: string;
	departmentCode: string;
	department: string;
	/** First two digits of the town's landline numbers (01 Île-de-France … 05 south-west). */
	phoneArea: '01' | '02' | '03' | '04' | '05';
}

const place = (
	city: string,
	postCode: string,
	inseeCode: string,
	department: string,
	phoneArea: FrenchPlace['phoneArea'],
): FrenchPlace => ({
	city,
	postCode,
	inseeCode,
	departmentCode: inseeCode.slice(0, 2),
	department,
	phoneArea,
});

export const FRENCH_PLACES: readonly FrenchPlace[] = [
	place('Paris', '75015', '75115', 'Paris', '01'),
	place('Boulogne-Billancourt', '92100', '92012', 'Hauts-de-Seine', '01'),
	place('Montreuil', '93100', '93048', 'Seine-Saint-Denis', '01'),
	place('Versailles', '78000', '78646', 'Yvelines', '01'),
	place('Créteil', '94000', '94028', 'Val-de-Marne', '01'),
	place('Nantes', '44000', '44109', 'Loire-Atlantique', '02'),
	place('Saint-Nazaire', '44600', '44184', 'Loire-Atlantique', '02'),
	place('Rennes', '35000', '35238', 'Ille-et-Vilaine', '02'),
	place('Brest', '29200', '29019', 'Finistère', '02'),
	place('Vannes', '56000', '56260', 'Morbihan', '02'),
	place('Angers', '49000', '49007', 'Maine-et-Loire', '02'),
	place('Le Mans', '72000', '72181', 'Sarthe', '02'),
	place('Tours', '37000', '37261', 'Indre-et-Loire', '02'),
	place('Orléans', '45000', '45234', 'Loiret', '02'),
	place('Caen', '14000', '14118', 'Calvados', '02'),
	place('Rouen', '76000', '76540', 'Seine-Maritime', '02'),
	place('Lille', '59000', '59350', 'Nord', '03'),
	place('Amiens', '80000', '80021', 'Somme', '03'),
	place('Reims', '51100', '51454', 'Marne', '03'),
	place('Metz', '57000', '57463', 'Moselle', '03'),
	place('Nancy', '54000', '54395', 'Meurthe-et-Moselle', '03'),
	place('Strasbourg', '67000', '67482', 'Bas-Rhin', '03'),
	place('Dijon', '21000', '21231', "Côte-d'Or", '03'),
	place('Besançon', '25000', '25056', 'Doubs', '03'),
	place('Lyon', '69003', '69383', 'Rhône', '04'),
	place('Saint-Étienne', '42000', '42218', 'Loire', '04'),
	place('Grenoble', '38000', '38185', 'Isère', '04'),
	place('Annecy', '74000', '74010', 'Haute-Savoie', '04'),
	place('Clermont-Ferrand', '63000', '63113', 'Puy-de-Dôme', '04'),
	place('Marseille', '13008', '13208', 'Bouches-du-Rhône', '04'),
	place('Toulon', '83000', '83137', 'Var', '04'),
	place('Nice', '06000', '06088', 'Alpes-Maritimes', '04'),
	place('Avignon', '84000', '84007', 'Vaucluse', '04'),
	place('Nîmes', '30000', '30189', 'Gard', '04'),
	place('Montpellier', '34000', '34172', 'Hérault', '04'),
	place('Perpignan', '66000', '66136', 'Pyrénées-Orientales', '04'),
	place('Toulouse', '31000', '31555', 'Haute-Garonne', '05'),
	place('Bordeaux', '33000', '33063', 'Gironde', '05'),
	place('Pau', '64000', '64445', 'Pyrénées-Atlantiques', '05'),
	place('La Rochelle', '17000', '17300', 'Charente-Maritime', '05'),
	place('Poitiers', '86000', '86194', 'Vienne', '05'),
	place('Limoges', '87000', '87085', 'Haute-Vienne', '05'),
];

export const STREET_NAMES: readonly string[] = [
	'rue Victor Hugo',
	'avenue Jean Jaurès',
	'boulevard Gambetta',
	'rue de la République',
	'place du Général de Gaulle',
	'rue Pasteur',
	'allée des Acacias',
	'chemin des Vignes',
	'rue du Moulin',
	'avenue de la Gare',
	'rue des Lilas',
	'boulevard de la Liberté',
	'rue Jules Ferry',
	'impasse des Tilleuls',
	"rue de l'Industrie",
	'zone artisanale des Landes',
	'rue Marie Curie',
	'avenue du Maréchal Foch',
];

/** Fictional numbers: ARCEP keeps these blocks for films and books, one per area. */
export const FICTIONAL_PHONE_BLOCKS: Readonly<Record<FrenchPlace['phoneArea'] | '06', string>> = {
	'01': '01 99 00',
	'02': '02 61 91',
	'03': '03 53 01',
	'04': '04 65 71',
	'05': '05 36 49',
	'06': '06 39 98',
};
