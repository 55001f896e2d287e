// A discreet progress line ("7 / 19") with a thin bar.
interface Props {
  label: string;
  index: number;
  count: number;
}

/** Shows how far through the speech the speaker is. */
export function Progress({ label, index, count }: Props) {
  return (
    <div className="progress">
      <span data-testid="progress">{label}</span>
      <span className="progress-bar" aria-hidden="true">
        <span style={{ width: `${((index + 1) / count) * 100}%` }} />
      </span>
    </div>
  );
}
