/** Why something could not be done, in the analyst's words, announced as it appears; nothing when all went well. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  )
}
