import { z } from "zod";

/** The confirm dialog sends this word; an empty or made-up form signs nobody out. */
export const signOutEveryoneSchema = z.object({
  confirm: z.literal("sign-out-everyone", { message: "Confirm that everyone else should be signed out." }),
});
