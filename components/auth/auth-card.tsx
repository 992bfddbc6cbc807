export function AuthCard({ title, children, footer }: { title: string; children: React.ReactNode; footer?: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center bg-surface px-5 py-12">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center">
          <span className="font-serif text-2xl font-semibold tracking-tight text-ink">Convene</span>
          <span className="mt-1 block text-xs font-medium uppercase tracking-[0.2em] text-muted">Staff sign-in</span>
        </p>
        <div className="rounded-lg border border-line bg-paper p-6 shadow-card sm:p-8">
          <h1 className="text-xl font-semibold text-ink">{title}</h1>
          <div className="mt-4">{children}</div>
        </div>
        {footer ? <div className="mt-6 text-center text-sm text-muted">{footer}</div> : null}
      </div>
    </main>
  );
}
