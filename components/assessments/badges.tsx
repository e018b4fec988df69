/** Small labels beside a question, such as "carried over from last year" or "new question". */
export function Badges({ labels }: { labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <p className="afk-badges">
      {labels.map((label) => (
        <span key={label} className="afk-badge">
          {label}
        </span>
      ))}
    </p>
  );
}
