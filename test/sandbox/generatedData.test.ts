import { EXPLORE_ENDPOINTS } from '../../nodes/Explore/endpoints';
import { Dataset } from '../../sandbox/data/dataset';
import { FRENCH_PLACES } from '../../sandbox/data/frenchPlaces';
import { isLuhnValid } from '../../sandbox/data/identifiers';
import type { Json } from './simulatorHarness';

const WINDOW_END = Date.UTC(2025, 8, 1);

const page = (dataset: Dataset, path: string, limit = 200) =>
	dataset.find(path)!.page({ emails: null, offset: 0, limit }).records as Json[];

describe('generated records', () => {
	it('are the same for the same seed, and differ for another seed', () => {
		for (const endpoint of EXPLORE_ENDPOINTS) {
			const first = page(
				new Dataset({ seed: 7, records: 50, windowEndMs: WINDOW_END }),
				endpoint.path,
			);
			const again = page(
				new Dataset({ seed: 7, records: 50, windowEndMs: WINDOW_END }),
				endpoint.path,
			);
			const other = page(
				new Dataset({ seed: 8, records: 50, windowEndMs: WINDOW_END }),
				endpoint.path,
			);
			expect(again).toEqual(first);
			expect(other).not.toEqual(first);
		}
	});

	it('do not depend on which page asked for them', () => {
		const dataset = new Dataset({ seed: 'x', records: 500, windowEndMs: WINDOW_END });
		const projects = dataset.find('CRMAlertes/Projets')!;
		const whole = projects.page({ emails: null, offset: 0, limit: 500 }).records;
		const slice = projects.page({ emails: null, offset: 321, limit: 7 }).records;
		expect(slice).toEqual(whole.slice(321, 328));
	});

	it('give companies Luhn-valid SIREN and SIRET, the SIRET starting with the SIREN', () => {
		const dataset = new Dataset({ seed: 'luhn', records: 400, windowEndMs: WINDOW_END });
		const companies = page(dataset, 'CRMAlertes/Societes', 400);
		for (const company of companies) {
			expect(company.SIREN).toMatch(/^\d{9}$/);
			expect(company.SIRET).toMatch(/^\d{14}$/);
			expect(isLuhnValid(company.SIREN)).toBe(true);
			expect(isLuhnValid(company.SIRET)).toBe(true);
			expect(company.SIRET.startsWith(company.SIREN)).toBe(true);
		}
		const batipulse = page(dataset, 'CRMAlertes/Batipulse/Societes', 100);
		expect(batipulse.every((company) => isLuhnValid(company.siret))).toBe(true);
	});

	it('give companies building-trade NAF codes, legal forms and coherent places', () => {
		const companies = page(
			new Dataset({ seed: 3, records: 300, windowEndMs: WINDOW_END }),
			'CRMAlertes/Societes',
			300,
		);
		const cities = new Map(FRENCH_PLACES.map((place) => [place.inseeCode, place]));
		for (const company of companies) {
			expect(company.NAF).toMatch(/^(41|42|43|71)\d{2}[A-Z]$/);
			expect(company.LIBNAF).toEqual(expect.any(String));
			expect(company.FORME_J).toMatch(/^\d{4}$/);
			const place = cities.get(company.CODE_INSEE_5)!;
			expect(place).toBeDefined();
			expect(company.CP).toBe(place.postCode);
			expect(company.VILLE).toBe(place.city);
			expect(['Siège social', 'Établissement secondaire']).toContain(company.NATURE);
			expect(company.SIEGE === 'Oui').toBe(company.NATURE === 'Siège social');
			if (company.TELEPHONE !== null) expect(company.TELEPHONE).toMatch(/^0[1-6]( \d{2}){4}$/);
		}
		expect(new Set(companies.map((company) => company.LIB_FORME_J)).size).toBeGreaterThan(3);
	});

	it('give projects French titles, themes, amounts and real post codes', () => {
		const projects = page(
			new Dataset({ seed: 4, records: 300, windowEndMs: WINDOW_END }),
			'CRMAlertes/Projets',
			300,
		);
		const postCodes = new Set(FRENCH_PLACES.map((place) => `${place.postCode} ${place.city}`));
		for (const project of projects) {
			expect(project.TITRE).toMatch(/^[A-ZÉ]/);
			expect(postCodes.has(`${project.CP} ${project.VILLE}`)).toBe(true);
			if (project.MONTANT !== null) expect(project.MONTANT).toBeGreaterThan(10_000);
			expect(project.DATE_DEBUT > project.DATE_PUBLICATION).toBe(true);
			expect(project.DATE_FIN > project.DATE_DEBUT).toBe(true);
			const isPublic = project.CHAMP_ADDITIONNEL_2 === 'Marché public';
			expect(project.CLE_PROJET !== null).toBe(isPublic);
			expect(project.DCE !== null).toBe(isPublic);
		}
		expect(new Set(projects.map((project) => project.THEME)).size).toBeGreaterThan(5);
		expect(projects.some((project) => project.TITRE.startsWith('Réhabilitation de'))).toBe(true);
	});

	it('give the camelCase endpoints no upper-case name at any depth', () => {
		const dataset = new Dataset({ seed: 5, records: 20, windowEndMs: WINDOW_END });
		for (const path of ['CRMAlertes/Batipulse/Projets', 'CRMAlertes/Batipulse/Societes']) {
			expect(JSON.stringify(page(dataset, path))).not.toMatch(/"[A-Z][A-Za-z0-9_]*":/);
		}
	});
});
