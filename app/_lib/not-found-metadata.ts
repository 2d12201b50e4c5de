import type { Metadata } from "next";

/** Metadata of a record page whose number is unknown (the page renders the 404 content). */
export const NOT_FOUND_METADATA: Metadata = { title: "Siden blev ikke fundet", robots: { index: false } };
