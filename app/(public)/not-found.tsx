import { NotFoundMessage } from "@/components/public/not-found-message";

// Inside the public layout, which already draws the header, <main> and the footer.
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
