import localFont from "next/font/local";

// IBM Plex Sans Variable (@fontsource-variable/ibm-plex-sans 5.3.0): one file per subset holds every weight, 46 KB
// for Latin against 95 KB for the four static weights the design uses (400, 500, 600, 700).
// Both subsets declare one shared family name, so the browser picks each glyph's file by unicode-range.
// next/font's variables name per-call families instead, so globals.css puts this name first in --font-sans.
// next/font only accepts literal arguments, hence the repetition.
export const plexLatin = localFont({
  src: [{ path: "./ibm-plex-sans-latin-wght-normal.woff2", weight: "100 700", style: "normal" }],
  declarations: [
    { prop: "font-family", value: "'IBM Plex Sans Local'" },
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
  display: "swap",
  variable: "--font-plex",
  fallback: ["system-ui", "Arial", "sans-serif"],
});

export const plexLatinExt = localFont({
  src: [{ path: "./ibm-plex-sans-latin-ext-wght-normal.woff2", weight: "100 700", style: "normal" }],
  declarations: [
    { prop: "font-family", value: "'IBM Plex Sans Local'" },
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-plex-ext",
});
