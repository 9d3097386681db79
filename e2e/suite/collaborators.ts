// The simulator's collaborators (sandbox/data/collaborators.ts), by first name.
export const CLAIRE = 'claire.martin@acme-btp.example';
export const JULIEN = 'julien.bernard@acme-btp.example';
export const SOPHIE = 'sophie.dubois@acme-btp.example';
export const THOMAS = 'thomas.petit@acme-btp.example';
export const CAMILLE = 'camille.moreau@acme-btp.example';
