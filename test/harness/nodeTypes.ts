import { commonPollingParameters } from 'n8n-core/dist/nodes-loader/constants';
import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/** The package prefix n8n gives our node types when it loads the package (`<package>.<node>`). */
export const NODE_PACKAGE = 'n8n-nodes-explore';

export type NodeClass = new () => INodeType | IVersionedNodeType;

function versionsOf(nodeType: INodeType | IVersionedNodeType): INodeType[] {
	return 'nodeVersions' in nodeType ? Object.values(nodeType.nodeVersions) : [nodeType];
}

/**
 * The node types of one test run, looked up like the CLI's `NodeTypes`. Registering does what
 * n8n's loader (`DirectoryLoader`) does to a polling node: it prepends the `pollTimes` parameter.
 */
export class NodeTypeRegistry implements INodeTypes {
	private readonly byName = new Map<string, INodeType | IVersionedNodeType>();

	/** Registers a fresh instance under `<NODE_PACKAGE>.<description.name>` and returns that name. */
	register(nodeType: INodeType | IVersionedNodeType): string {
		for (const version of versionsOf(nodeType)) {
			const { description } = version;
			if (description.polling && !description.properties.some((p) => p.name === 'pollTimes')) {
				description.properties.unshift(...commonPollingParameters);
			}
		}
		const typeName = `${NODE_PACKAGE}.${nodeType.description.name}`;
		this.byName.set(typeName, nodeType);
		return typeName;
	}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const found = this.byName.get(nodeType);
		if (!found) throw new Error(`Unknown node type "${nodeType}" in the test registry`);
		return found;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

/** The version a new node gets in the editor: the default (or latest) version. */
export function defaultVersionOf(nodeType: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in nodeType) return nodeType.currentVersion;
	const { version, defaultVersion } = nodeType.description;
	return defaultVersion ?? (Array.isArray(version) ? Math.max(...version) : version);
}
