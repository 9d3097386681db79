/** Where things live on the simulator's host. */
export const API_PREFIX = '/ExploreAPI/api/';
/** Documented URL of the token call (French spelling). */
export const LOGIN_PATH = 'Authentification';
export const CONTROL_PREFIX = '/__sim';
