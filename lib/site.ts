export const SITE_NAME = "Dagtilbudsregisteret";

export const AUTHORITY = "Børne- og Undervisningsministeriet · Styrelsen for It og Læring";

export const UNOFFICIAL_NOTE = "Uofficiel, åben portal over Dagtilbudsregisteret";

// Placeholder on a reserved .invalid domain: set the real support address before going live.
export const CONTACT_EMAIL = "support@dagtilbudsregister.invalid";
