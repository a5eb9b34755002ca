// Vite turns CSS imports into style tags (plain files) or class maps (CSS modules).
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
declare module '*.css';
