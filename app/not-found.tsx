import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Siden blev ikke fundet" };

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1>Siden blev ikke fundet</h1>
      <p className="text-lg">Siden findes ikke, eller adressen er skrevet forkert.</p>
      <p>
        <Link href="/">Gå til forsiden</Link>
      </p>
    </div>
  );
}
