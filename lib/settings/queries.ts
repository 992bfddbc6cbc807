import "server-only";
import { cache } from "react";
import type { Db } from "@/db/types";
import { readInstitute } from "./read";

export const getInstitute = readInstitute;

/** Once per request, however many components ask. */
export const getInstituteCached = cache(async (db: Db) => readInstitute(db));
