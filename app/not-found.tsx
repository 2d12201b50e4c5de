import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = { title: "Siden blev ikke fundet" };

export default function NotFound() {
  return <NotFoundContent />;
}
