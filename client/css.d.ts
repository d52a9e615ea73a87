/** A stylesheet imported by client code arrives as its text (lib/build/client-bundle.ts loads `.css` as text). */
declare module '*.css' {
  const text: string;
  export default text;
}
