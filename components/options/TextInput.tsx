// A one-line text field of the options page whose input is checked before it is saved: the draft
// follows every keystroke, and a refused input is marked invalid and tied to the message saying why.

interface Props {
  id: string;
  value: string;
  inputMode: 'numeric' | 'url' | 'text';
  invalid: boolean;
  /** Ids of the elements that describe the field (help, the error message). */
  describedBy?: string;
  placeholder?: string;
  onDraft(value: string): void;
  /** The reader is done with the field (Enter, or leaving it). */
  onCommit?(value: string): void;
}

export function TextInput({ id, value, inputMode, invalid, describedBy, placeholder, onDraft, onCommit }: Props) {
  return (
    <input
      id={id}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      spellcheck={false}
      placeholder={placeholder}
      value={value}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onInput={(event) => onDraft(event.currentTarget.value)}
      onChange={onCommit && ((event) => onCommit(event.currentTarget.value))}
    />
  );
}
