// Tests import server-only modules outside React's server environment.
export {};
