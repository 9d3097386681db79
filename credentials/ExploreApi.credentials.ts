import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL, normalizeBaseUrl } from '../nodes/Explore/auth/baseUrl';
import {
	DEFAULT_CLIENT_KEY_FIELD,
	DEFAULT_SECRET_KEY_FIELD,
	requestAccessToken,
} from '../nodes/Explore/auth/login';
import { signForm } from '../nodes/Explore/auth/signature';

export class ExploreApi implements ICredentialType {
	name = 'exploreApi';

	displayName = 'EXPLORE API';

	icon: Icon = { light: 'file:../icons/explore.svg', dark: 'file:../icons/explore.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-explore/n8n-nodes-explore#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'Token (Recommended)',
					value: 'token',
					description: 'Exchange the keys for a 6-hour Bearer token, renewed automatically',
				},
				{
					name: 'Signed Requests (Legacy)',
					value: 'signature',
					description:
						'Deprecated by EXPLORE: every request carries an AES signature made with the secret key',
				},
			],
			default: 'token',
		},
		{
			displayName: 'Client Key',
			name: 'clientKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The client key (CleClient) given by EXPLORE customer support',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The secret key given by EXPLORE customer support together with the client key',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			placeholder: `e.g. ${DEFAULT_BASE_URL}`,
			description: 'Change it only to use a test server. It must use https, except on localhost.',
		},
		{
			displayName: 'Login Field Names',
			name: 'loginFieldNames',
			type: 'string',
			default: `${DEFAULT_CLIENT_KEY_FIELD},${DEFAULT_SECRET_KEY_FIELD}`,
			displayOptions: { show: { authentication: ['token'] } },
			description:
				'The two form fields of the Authentification call that carry the client key and the secret key, separated by a comma. Change them only if EXPLORE support gives other names.',
		},
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		if (credentials.authentication === 'signature') return {};
		return { accessToken: await requestAccessToken.call(this, credentials) };
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		normalizeBaseUrl(credentials.baseUrl);
		if (credentials.authentication !== 'signature') {
			return {
				...requestOptions,
				headers: { ...requestOptions.headers, Authorization: `Bearer ${credentials.accessToken}` },
			};
		}
		const form = new URLSearchParams(
			typeof requestOptions.body === 'string' ? requestOptions.body : '',
		);
		const signed = signForm(form, String(credentials.clientKey), String(credentials.secretKey));
		return { ...requestOptions, body: signed.toString() };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: 'CRMAlertes/Projets',
			method: 'POST',
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json',
			},
			body: 'DateDebut=2024-01-01&DateFin=2024-01-01&Page=0&Max=1',
		},
	};
}
