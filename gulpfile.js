// The build is `gulp clean`, then tsc for the TypeScript, then `gulp build:static` for what tsc
// does not copy: the node and credential icons. Codex files (*.node.json) reach dist/ through tsc.
const { rmSync } = require('fs');
const { src, dest } = require('gulp');

function clean(done) {
	rmSync('dist', { recursive: true, force: true });
	done();
}

function copyIcons() {
	return src(['icons/**/*.svg', 'nodes/**/*.svg', 'credentials/**/*.svg'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports.clean = clean;
exports['build:static'] = copyIcons;
