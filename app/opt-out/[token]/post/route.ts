import { answerOptOutPost } from "@/lib/opt-out/one-click";
import { formFieldsOf, respond } from "@/lib/opt-out/respond";

// POST /opt-out/<token> lands here (proxy.ts): the mail provider's one-click
// POST (RFC 8058) and the opt-out page's button alike.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const fields = await formFieldsOf(request);
  return respond((db, clientAddress) => answerOptOutPost(db, { token, fields, clientAddress }), request);
}
