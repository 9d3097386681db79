// tsc compiles the TypeScript; gulp copies what tsc does not: the node and credential icons.
// Codex files (*.node.json) reach dist/ through tsc's resolveJsonModule include.
const { src, dest } = require('gulp');

function copyIcons() {
	return src(['icons/**/*.svg', 'nodes/**/*.svg', 'credentials/**/*.svg'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	);
}

exports['build:static'] = copyIcons;
