import {
  Alert,
  Badge,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportEnumField, ImportField, ImportInspection } from '../../../../shared/contract/import';
import {
  assignColumn,
  ENUM_CODES,
  fieldOfColumn,
  isRequirementMet,
  REQUIREMENTS,
  requiredFields,
  targetFields,
  type ImportSetupState,
} from './mapping';
import type { ImportWizardState } from './use-import-wizard';
import { codeName, columnName, fieldName } from './wording';

/** The order of the defaults: the two a run needs first. */
const DEFAULT_FIELDS: readonly ImportEnumField[] = [
  'paymentMethod',
  'deliveryMethod',
  'paymentStatus',
  'status',
];

/**
 * Step 2: one row per file column (its header and first values) with the ShopDesk field it is;
 * what a run needs, ticked as it is mapped; values for orders where the file says nothing.
 * `errors` are main's refusals by path ("mapping.number"); `showMissing` marks what is missing
 * once the user tried to go on.
 */
export function MappingStep({
  wizard,
  inspection,
  errors,
  showMissing,
}: {
  wizard: ImportWizardState;
  inspection: ImportInspection;
  errors: Map<string, string>;
  showMissing: boolean;
}) {
  const { t } = useTranslation();
  const { target, setup } = wizard;
  const fields = targetFields(target);
  const needed = requiredFields(target);
  const noHeader = !inspection.detected.hasHeader;

  const selectData = (column: number) => {
    const option = (field: ImportField) => {
      const owner = setup.mapping[field];
      return { value: field, label: fieldName(field, t), disabled: owner !== undefined && owner !== column };
    };
    return [
      { group: t('import.map.requiredGroup'), items: fields.filter((f) => needed.has(f)).map(option) },
      { group: t('import.map.optionalGroup'), items: fields.filter((f) => !needed.has(f)).map(option) },
    ];
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={4}>{t('import.map.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('import.map.hint')}
        </Text>
      </div>
      <Alert
        variant="light"
        color={setup.remembered ? 'teal' : 'blue'}
        icon={<IconInfoCircle size={18} />}
        data-testid="import-mapping-source"
      >
        {setup.remembered
          ? t('import.map.remembered')
          : noHeader
            ? t('import.map.noHeader')
            : t('import.map.guessed')}
      </Alert>
      <Requirements setup={setup} wizard={wizard} errors={errors} showMissing={showMissing} />
      <Table
        withTableBorder
        verticalSpacing="xs"
        aria-label={t('import.map.title')}
        data-testid="import-mapping"
        bg="white"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="26%">{t('import.map.column')}</Table.Th>
            <Table.Th>{t('import.map.samples')}</Table.Th>
            <Table.Th w={260}>{t('import.map.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inspection.columns.map((column) => {
            const name = columnName(inspection, column.index, t);
            const field = fieldOfColumn(setup.mapping, column.index);
            return (
              <Table.Tr key={column.index} data-testid="import-column">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2} style={{ wordBreak: 'break-word' }}>
                    {column.samples.length > 0 ? column.samples.join(' · ') : t('import.map.noSamples')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('import.map.fieldOf', { column: name })}
                    placeholder={t('import.map.notImported')}
                    clearable
                    searchable
                    // Tabbing down the columns must not pop a list open at each one.
                    openOnFocus={false}
                    value={field}
                    data={selectData(column.index)}
                    onChange={(value) =>
                      wizard.updateSetup((current) => ({
                        ...current,
                        mapping: assignColumn(current.mapping, column.index, value as ImportField | null),
                      }))
                    }
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {target === 'orders' && (
        <Defaults setup={setup} wizard={wizard} errors={errors} showMissing={showMissing} />
      )}
    </Stack>
  );
}

interface PartProps {
  setup: ImportSetupState;
  wizard: ImportWizardState;
  errors: Map<string, string>;
  showMissing: boolean;
}

/** The checklist of what a run needs, each line ticked once mapped. */
function Requirements({ setup, wizard, errors, showMissing }: PartProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" bg="white">
      <Text size="sm" fw={500} mb={6} id="import-needs">
        {t('import.map.needs')}
      </Text>
      <List spacing={4} size="sm" aria-labelledby="import-needs" data-testid="import-requirements">
        {REQUIREMENTS[wizard.target].map((requirement) => {
          const met = isRequirementMet(requirement, setup);
          const refused = requirement.any.map((field) => errors.get(`mapping.${field}`)).find(Boolean);
          const flagged = !met && (showMissing || refused !== undefined);
          return (
            <List.Item
              key={requirement.id}
              data-met={met}
              icon={
                <ThemeIcon size={18} radius="xl" color={met ? 'teal' : flagged ? 'red' : 'gray'}>
                  {met ? <IconCheck size={12} /> : <IconX size={12} />}
                </ThemeIcon>
              }
            >
              <Text size="sm" span c={flagged ? 'red.7' : undefined}>
                {t(`import.map.requirement.${requirement.id}`)}
              </Text>{' '}
              <Badge size="xs" variant="light" color={met ? 'teal' : flagged ? 'red' : 'gray'}>
                {met ? t('import.map.met') : t('import.map.missing')}
              </Badge>
              {flagged && refused && (
                <Text size="xs" c="red.7">
                  {refused}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

/** One value for every new order where the column is not mapped or empty. */
function Defaults({ setup, wizard, errors, showMissing }: PartProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="import-defaults">
      <Title order={5} id="import-defaults">
        {t('import.map.defaults.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('import.map.defaults.hint')}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {DEFAULT_FIELDS.map((field) => {
          // Payment and delivery method are needed for every new order: a column or a value here.
          const neededHere =
            (field === 'paymentMethod' || field === 'deliveryMethod') && setup.mapping[field] === undefined;
          const missing = neededHere && setup.defaults[field] === undefined;
          const refused = errors.get(`mapping.${field}`);
          const error = missing
            ? (refused ?? (showMissing ? t('import.map.defaults.needed') : undefined))
            : undefined;
          return (
            <Select
              key={field}
              label={fieldName(field, t)}
              withAsterisk={neededHere}
              placeholder={t('import.map.defaults.none')}
              clearable
              value={setup.defaults[field] ?? null}
              error={error}
              data={ENUM_CODES[field].map((code) => ({
                value: code,
                label: codeName(field, code, t),
              }))}
              onChange={(value) =>
                wizard.updateSetup((current) => {
                  const defaults = { ...current.defaults };
                  if (value) Object.assign(defaults, { [field]: value });
                  else delete defaults[field];
                  return { ...current, defaults };
                })
              }
            />
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
