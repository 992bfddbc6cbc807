import { answerOptInPost } from "@/lib/opt-out/one-click";
import { respond } from "@/lib/opt-out/respond";

// POST /opt-in/<token> lands here (proxy.ts): the opt-in page's button.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return respond((db, clientAddress) => answerOptInPost(db, { token, clientAddress }), request);
}
