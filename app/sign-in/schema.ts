import { z } from "zod";
import { staffEmail } from "@/lib/staff/schema";

export const signInSchema = z.object({ email: staffEmail, callbackUrl: z.string().max(2000).optional() });
