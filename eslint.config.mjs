// `npm run lint`: typescript-eslint's recommended rules, plus the layout rules the code keeps by hand:
// no line over 120 characters, and imports that point down the layers (see README, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** One folder's rule: it imports none of the folders listed (those above it, or beside it but off limits). */
function layer(files, above, extra = []) {
  const folders = above.map((folder) => ({
    regex: `^(\\.\\./)+${folder}(/.*)?$`,
    message: `${files.split('/')[0]}/ may not import ${folder}/: imports point down the layers (README, "Layout")`,
  }));
  return [
    {
      files: [files],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...folders, ...extra] }] },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'prisma/generated/**',
      'console/dist/**',
      'console/src/api/schema.d.ts',
      '.data/**',
      'bench/results/**',
      'fuzz/reports/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Messages and SQL stay whole on one line, so they can be found by grep; code and comments wrap.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-require-imports': 'off',
      'no-control-regex': 'off',
      // A handler that waits for a value assigned later in the body reads it before the assignment.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  // Imports point down the layers (README, "Layout"): bin → api, worker → workflows, activities → reports → infra →
  // lib → definitions → domain. Each folder names what it may not import.
  ...layer(
    'domain/**/*.ts',
    ['definitions', 'workflows', 'activities', 'reports', 'lib', 'infra', 'api', 'worker', 'bin', 'prisma'],
    [{ group: ['@temporalio/*'], message: 'domain is pure: no Temporal' }],
  ),
  ...layer('definitions/**/*.ts', [
    'workflows',
    'activities',
    'reports',
    'lib',
    'infra',
    'api',
    'worker',
    'bin',
    'prisma',
  ]),
  ...layer(
    'workflows/**/*.ts',
    ['reports', 'lib', 'infra', 'api', 'worker', 'bin', 'prisma'],
    [
      // Workflow code is replayed: it may not reach the activities' code, only the type of all of them.
      { group: ['../activities/*'], message: 'workflows take shared types from domain/ or definitions/' },
      { regex: '^\\.\\./activities$', allowTypeImports: true, message: "workflows import the activities' type only" },
      // A workflow's modules are evaluated once per cached case: zod there cost 1.9 MiB per case (README).
      { group: ['zod'], allowTypeImports: true, message: 'workflows check payloads with domain/payload-check.ts' },
    ],
  ),
  ...layer('activities/**/*.ts', ['workflows', 'api', 'worker', 'bin']),
  ...layer('reports/**/*.ts', ['workflows', 'activities', 'api', 'worker', 'bin']),
  ...layer('lib/**/*.ts', ['workflows', 'activities', 'reports', 'infra', 'api', 'worker', 'bin']),
  ...layer('infra/**/*.ts', ['workflows', 'activities', 'reports', 'api', 'worker', 'bin']),
  ...layer('api/**/*.ts', ['workflows', 'activities', 'worker', 'bin']),
  ...layer('worker/**/*.ts', ['api', 'bin']),
  {
    // Tests read JSON answers of many shapes.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
);
