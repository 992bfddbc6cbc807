"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { CameraOff, ScanLine } from "lucide-react";
import { Button, Input } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { readAtDoor, type LastRead } from "@/lib/invitations/repeat-scan";
import type { Action, ScanOutcome } from "./use-door-marks";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type Status = { tone: "ok" | "warn" | "error" | "info"; text: string } | null;

/** The browser's own QR reader where there is one (Chrome on Android, Safari 17+), else jsQR on the video's frames. */
async function makeReader(): Promise<(video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | null>> {
  const Native = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => Detector & object; }).BarcodeDetector;
  if (Native && (await (Native as unknown as { getSupportedFormats?: () => Promise<string[]> }).getSupportedFormats?.())?.includes("qr_code")) {
    const detector = new Native({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  return async (video, canvas) => {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return null;
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(video, 0, 0, w, h);
    return jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

/**
 * "Scan a badge": the tablet's camera reads the QR code on a guest's badge
 * (or on the confirmation email on their phone) and the guest is marked
 * arrived, by the same rules as a tap. A guest not expected is shown in the
 * list for "Admit anyway"; an unknown code says so. Typing the code under
 * the badge's QR does the same, without a camera.
 */
export function BadgeScanner({
  eventId,
  scan,
  kiosk,
  onArrived,
  onNotExpected,
}: {
  eventId: string;
  scan: Action<ScanOutcome>;
  kiosk: boolean;
  onArrived: (invitationId: string, at: string) => void;
  onNotExpected: (name: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [typed, setTyped] = useState("");
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const busy = useRef(false);
  /** The last code read and when it was last seen. */
  const last = useRef<LastRead>(null);

  const submit = useCallback(
    async (code: string) => {
      if (busy.current) return;
      busy.current = true;
      setStatus({ tone: "info", text: "Checking the code…" });
      const data = new FormData();
      data.set("eventId", eventId);
      data.set("code", code);
      try {
        const result = await scan(null, data);
        if (!result?.ok) {
          setStatus({ tone: "error", text: result?.fieldErrors?.code ?? result?.formError ?? Object.values(result?.fieldErrors ?? {})[0] ?? "Not saved." });
        } else if (result.data?.kind === "arrived") {
          onArrived(result.data.invitationId, result.data.checkedInAt);
          setStatus({ tone: "ok", text: result.data.already ? `${result.data.name} had already arrived.` : `${result.data.name} marked arrived.` });
          setTyped("");
        } else if (result.data?.kind === "not-expected") {
          onNotExpected(result.data.name);
          setStatus({ tone: "warn", text: result.data.message });
        }
      } catch {
        setStatus({ tone: "error", text: "No connection: not saved. Scan again, or find the guest by name." });
      } finally {
        busy.current = false;
      }
    },
    [eventId, scan, onArrived, onNotExpected],
  );

  // The camera stays on across the door's re-renders (typing, refreshes): the loop reads the latest `submit` from a ref.
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  }, [submit]);

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch {
        setStatus({ tone: "error", text: "The camera could not be opened. Allow the camera for Convene, or type the code, or find the guest by name." });
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      setStatus({ tone: "info", text: "Hold the badge's QR code up to the camera." });
      const read = await makeReader();
      const tick = async () => {
        if (stopped) return;
        try {
          const code = canvasRef.current ? await read(video, canvasRef.current) : null;
          // The same badge held up to the camera counts once while it stays in view (lib/invitations/repeat-scan.ts).
          const seen = readAtDoor(last.current, code, Date.now());
          last.current = seen.last;
          if (seen.submit && code) await submitRef.current(code);
        } catch {
          // A frame that cannot be read: try the next.
        }
        timer = setTimeout(tick, 200);
      };
      void tick();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [open]);

  const tones = { ok: "border-green-700 bg-green-50 text-green-900", warn: "border-amber-700 bg-amber-50 text-amber-950", error: "border-red-700 bg-red-50 text-red-900", info: "border-line bg-paper text-ink" };

  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" aria-expanded={open} aria-controls="badge-scanner" onClick={() => setOpen((o) => !o)} className={cn("gap-2", kiosk ? "h-16 px-5 text-lg" : "h-14 px-4")}>
        {open ? <CameraOff aria-hidden="true" className="size-5" /> : <ScanLine aria-hidden="true" className="size-5" />}
        {open ? "Stop scanning" : "Scan a badge"}
      </Button>
      {open ? (
        <div id="badge-scanner" className="space-y-3 rounded-md border border-line bg-paper p-3">
          <video ref={videoRef} muted playsInline aria-label="Camera, reading badges" className="aspect-video w-full max-w-md rounded-sm bg-ink object-cover" />
          <canvas ref={canvasRef} hidden />
          <p role="status" className={cn("rounded-sm border px-3 py-2", kiosk ? "text-lg" : "text-sm", status ? tones[status.tone] : "border-transparent")}>
            {status?.text ?? "Opening the camera…"}
          </p>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim()) void submit(typed);
            }}
          >
            <div className="flex flex-col gap-1.5">
              <label htmlFor="badge-code" className="text-sm font-medium text-ink">
                Or type the code under the QR
              </label>
              <Input id="badge-code" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" spellCheck={false} placeholder="ABCD-2345" className="w-40 uppercase" />
            </div>
            <Button type="submit" variant="secondary">
              Check in
            </Button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
