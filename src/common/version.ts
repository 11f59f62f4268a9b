/** Yellowpad's version, shown by the CLI and the API's meta endpoint. */
export const appVersion = '0.1.0';
